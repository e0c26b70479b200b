from enum import Enum


class V2BackgroundEffect(str, Enum):
    IMAGESLIDELEFT = "imageSlideLeft"
    IMAGETHROB = "imageThrob"
    IMAGEWOBBLING = "imageWobbling"
    IMAGEZOOMIN = "imageZoomIn"
    IMAGEZOOMOUT = "imageZoomOut"

    def __str__(self) -> str:
        return str(self.value)
