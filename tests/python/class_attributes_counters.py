# Class attributes shared by instances, class methods as alternative constructors, static helpers.
class Account:
    bank = "Tandem Bank"
    count = 0
    rate = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
        self.number = Account.count

    @classmethod
    def from_string(cls, text):
        owner, balance = text.split(":")
        return cls(owner, float(balance))

    @staticmethod
    def valid_amount(amount):
        return amount > 0

    def deposit(self, amount):
        if not Account.valid_amount(amount):
            raise ValueError("amount must be positive")
        self.balance += amount
        return self

    def add_interest(self):
        self.balance *= 1 + self.rate

    def __repr__(self):
        return f"#{self.number} {self.owner}: {self.balance:.2f} @ {self.bank}"

a = Account("ann", 100)
b = Account.from_string("bob:50.5")
b.rate = 0.10
a.deposit(20).deposit(5)
for acc in (a, b):
    acc.add_interest()
    print(acc)
print(Account.count, a.rate, b.rate, Account.rate, Account.valid_amount(-1), a.valid_amount(3))
Account.bank = "New Bank"
print(a, type(b).__name__, isinstance(b, Account), vars(a))
print(sorted(k for k in vars(Account) if not k.startswith("__")))
