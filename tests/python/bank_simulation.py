class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def add_interest(self):
        self.balance *= 1 + self.interest
    def __str__(self):
        return f"{self.owner}: ${self.balance:,.2f}"
class Savings(Account):
    interest = 0.05
a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50).withdraw(30)
for acct in (a, s):
    acct.add_interest()
    print(acct)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("denied:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("invalid:", e)
print(a.history, len(s.history), round(s.balance, 2))
accounts = sorted([a, s, Account("zed", 500)], key=lambda x: x.balance, reverse=True)
print([str(x) for x in accounts])
total = sum(x.balance for x in accounts)
print(f"total {total:.3f}")
