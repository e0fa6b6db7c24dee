import sys
from typing import List, Dict, Optional, Tuple
def top(scores: Dict[str, float], k: int = 2) -> List[Tuple[str, float]]:
    return sorted(scores.items(), key=lambda kv: -kv[1])[:k]
best: Optional[str] = None
print(top({"a": 0.5, "b": 0.9, "c": 0.7}))
n = sys.stdout.write("written directly\n")
print(n, sys.getrecursionlimit(), sys.version_info[0], sys.maxsize)
print("before exit")
sys.exit()
print("never printed")
