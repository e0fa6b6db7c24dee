class Dog:
    def speak(self):
        return "woof"

print(Dog.speak())
