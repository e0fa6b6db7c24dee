import math
import torchvision_extras.models as m
