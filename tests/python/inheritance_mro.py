# Inheritance: overriding, super() chains, multiple inheritance and the MRO, isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age

for pet in [Animal("generic"), Dog("rex"), Puppy("bit", 3)]:
    print(pet.describe(), type(pet).__name__, isinstance(pet, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), [c.__name__ for c in Puppy.__mro__])

class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.mro()], D.__bases__ == (B, C))

class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError("subclasses implement area")
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square(3).area(), Square.sides, Shape.sides, isinstance(Square(1), (int, Shape)))
