from enum import Enum


class V2BackgroundEffect(str, Enum):
    IMAGE_SLIDE_LEFT = "imageSlideLeft"
    IMAGE_THROB = "imageThrob"
    IMAGE_WOBBLING = "imageWobbling"
    IMAGE_ZOOM_IN = "imageZoomIn"
    IMAGE_ZOOM_OUT = "imageZoomOut"

    def __str__(self) -> str:
        return str(self.value)
