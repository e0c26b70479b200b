"""Creatify SDK."""
