import numpy as np
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
