class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
p = Puppy("Rex", ["sit"])
print(p.speak(), p.kind(), p.tricks, isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, type(p) is Puppy)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Base:
    def __init__(self):
        self.log = ["base"]
class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.log.append("child")
print(Child().log)
class Shape:
    def area(self):
        raise NotImplementedError("subclasses implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for shape in [Circle(1), Square(2)]:
    print(shape.describe())
try:
    Shape().describe()
except NotImplementedError as err:
    print("error:", err)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list))
class Registry(dict):
    def __missing__(self, key):
        return f"<{key}>"
r = Registry(a=1)
print(r["a"], r["b"])
