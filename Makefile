# Every target has a `##` description; `make help` lists them. `make all` is what CI runs.
SHELL := /bin/bash
.DEFAULT_GOAL := all

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NPM_STAMP := mock/node_modules/.installed-stamp
DOCS_STAMP := $(VENV)/.docs-stamp
SPEC := openapi/creatify.yaml
export PATH := $(CURDIR)/$(BIN):$(PATH)
MOCK_PORT ?= 4010
export MOCK_PORT
# pytest-xdist workers: most tests wait on the mock or on subprocesses, so 3 workers on 2
# cores finish sooner; each worker starts its own mock (conftest.py: ports 4010, 4020, ...).
# PYTEST_WORKERS= (empty) runs them in one process.
PYTEST_WORKERS ?= -n 3

.PHONY: help all install count-lines regenerate drift lint typecheck test unit-test contract-test \
        mock mock-stop demo bench bench-smoke clean lock docs fuzz

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

all: test ## What CI runs: lint, type check, drift check and every test

$(STAMP): pyproject.toml requirements/dev.txt requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c requirements/constraints.txt \
	    -r requirements/dev.txt -e .
	touch $@

$(NPM_STAMP): mock/package.json mock/package-lock.json
	cd mock && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The reference site's tools and the workflow linter (requirements/docs.txt).
$(DOCS_STAMP): $(STAMP) requirements/docs.txt requirements/constraints.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check -c requirements/constraints.txt \
	    -r requirements/docs.txt
	touch $@

install: $(STAMP) $(NPM_STAMP) ## Set up the virtualenv (.venv) and the pinned npm packages (mock/)

regenerate: $(STAMP) ## Rewrite generated/creatify_api, overlay/creatify/_options.py and scenes.py, the job kinds' exceptions (_job_errors.py) and namespaces (_async) and the MCP tools' schemas from the spec, and overlay/creatify/_sync from _async
	$(BIN)/openapi-python-client generate --path $(SPEC) --config openapi/config.yaml \
	    --custom-template-path openapi/templates --meta none \
	    --output-path generated/creatify_api --overwrite --fail-on-warning
	$(BIN)/python openapi/spec_hash.py --write
	$(BIN)/python scripts/gen_scenes.py
	$(BIN)/python scripts/gen_options.py
	$(BIN)/python scripts/gen_job_errors.py
	$(BIN)/python scripts/gen_namespaces.py
	$(BIN)/python scripts/gen_client_namespaces.py
	$(BIN)/python scripts/gen_cli_groups.py
	$(BIN)/python scripts/gen_init_stub.py
	$(BIN)/python scripts/gen_sync.py
	$(BIN)/python scripts/gen_mcp_spec.py

GENERATED_PATHS := generated openapi overlay/creatify/_async overlay/creatify/_sync overlay/creatify/_options.py overlay/creatify/scenes.py overlay/creatify/_job_errors.py overlay/creatify/__init__.pyi overlay/creatify/_generated_names.py overlay/creatify/cli/_groups.py overlay/creatify/mcp/_spec.json

drift: regenerate ## Fail if regenerating changes anything that is committed
	@git diff --exit-code --stat -- $(GENERATED_PATHS) || \
	    (echo "generated code is out of date (spec or overlay/creatify/_async): run make regenerate and commit" >&2; exit 1)
	@test -z "$$(git status --porcelain -- $(GENERATED_PATHS))" || \
	    (git status --porcelain -- $(GENERATED_PATHS); echo "untracked generated files" >&2; exit 1)

lint: $(STAMP) $(NPM_STAMP) $(DOCS_STAMP) ## Validate the spec (Spectral, ...), ruff the hand-written code, check the CI workflows
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/openapi-spec-validator $(SPEC)
	mock/node_modules/.bin/spectral lint --ruleset openapi/.spectral.yaml --fail-severity error $(SPEC)
	$(BIN)/ruff check overlay tests contract_tests mock bench openapi scripts conftest.py
	$(BIN)/ruff format --check overlay tests contract_tests mock bench openapi scripts conftest.py

typecheck: $(STAMP) ## mypy --strict on the overlay
	$(BIN)/mypy

unit-test: $(STAMP) $(NPM_STAMP) ## Generated-client, overlay, fault and CLI tests (start the mock when a test needs it)
	$(BIN)/pytest -q $(PYTEST_WORKERS) -m "not serial" tests
	$(BIN)/pytest -q -m serial tests

contract-test: $(STAMP) $(NPM_STAMP) ## Schemathesis and client tests against the Prism mock (started if needed)
	$(BIN)/pytest -q $(PYTEST_WORKERS) contract_tests

FUZZ_EXAMPLES ?= 100
fuzz: $(STAMP) $(NPM_STAMP) ## Schemathesis with FUZZ_EXAMPLES (default 100) examples per operation and mode
	CREATIFY_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q $(PYTEST_WORKERS) contract_tests/test_schemathesis.py

test: $(STAMP) $(NPM_STAMP) ## Everything: lint, type check, drift check, unit, fault, CLI and contract tests, docs, bench smoke
	$(MAKE) --no-print-directory lint typecheck drift
	$(BIN)/pytest -q $(PYTEST_WORKERS) -m "not serial" tests contract_tests
	$(BIN)/pytest -q -m serial tests
	$(MAKE) --no-print-directory docs bench-smoke

docs: $(DOCS_STAMP) ## Build the reference site into site/ (mkdocs --strict: a broken reference fails)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

mock: $(STAMP) $(NPM_STAMP) ## Start the mock (scenario layer + Prism, API and media on MOCK_PORT, default 4010) in the background
	$(BIN)/python mock/serve.py start --port $(MOCK_PORT)

mock-stop: ## Stop the mock that `make mock` started (by its PID file)
	$(BIN)/python mock/serve.py stop

demo: $(STAMP) $(NPM_STAMP) ## Run the main job end to end with the CLI against the mock
	$(BIN)/python scripts/demo.py

bench: $(STAMP) ## Run the benchmarks and write bench/RESULTS.md
	$(BIN)/python bench/run.py --write bench/RESULTS.md

bench-smoke: $(STAMP) ## A seconds-long run of every benchmark, so the code cannot rot (asserts no speed)
	$(BIN)/python bench/run.py --smoke

count-lines: ## Issue 22's line counts of the hand-written overlay, split into code, docstrings, comments, blanks
	python3 scripts/count_lines.py

lock: ## Re-pin every Python package of the virtualenv into requirements/constraints.txt
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^creatify' > requirements/constraints.txt

clean: ## Remove the virtualenv, npm packages and caches
	rm -rf $(VENV) mock/node_modules site .pytest_cache .mypy_cache .ruff_cache .hypothesis
