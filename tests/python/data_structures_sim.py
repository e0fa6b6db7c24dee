class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        out = []
        while node:
            out.append(node.value)
            node = node.next
        return iter(out)
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), sum(ll), 2 in ll, LinkedList())
class Tree:
    def __init__(self):
        self.root = None
    def insert(self, v):
        def go(node):
            if node is None:
                return {"v": v, "l": None, "r": None}
            side = "l" if v < node["v"] else "r"
            node[side] = go(node[side])
            return node
        self.root = go(self.root)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n["l"])
                out.append(n["v"])
                walk(n["r"])
        walk(self.root)
        return out
    def height(self, n="start"):
        n = self.root if n == "start" else n
        return 0 if n is None else 1 + max(self.height(n["l"]), self.height(n["r"]))
t = Tree()
for v in [5, 3, 8, 1, 4, 9, 7]:
    t.insert(v)
print(t.inorder(), t.height())
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s
print([balanced(x) for x in ["(a[b]{c})", "(]", "((", ""]])
