inventory = {"apples": {"price": 0.5, "qty": 100}, "pears": {"price": 0.75, "qty": 0}, "kiwis": {"price": 0.2, "qty": 40}}
in_stock = [name for name, item in inventory.items() if item["qty"] > 0]
value = sum(item["price"] * item["qty"] for item in inventory.values())
print(in_stock, value, f"{value:.2f}")
inventory["pears"]["qty"] += 12
inventory["plums"] = {"price": 1.1, "qty": 5}
for name in sorted(inventory, key=lambda n: inventory[n]["price"]):
    item = inventory[name]
    print(f"{name:<7} ${item['price']:>5.2f} x {item['qty']:>3} = ${item['price'] * item['qty']:>6.2f}")
orders = [("apples", 30), ("kiwis", 50), ("plums", 2), ("figs", 1)]
for name, qty in orders:
    item = inventory.get(name)
    if item is None:
        print(f"{name}: unknown")
    elif item["qty"] < qty:
        print(f"{name}: only {item['qty']} left")
    else:
        item["qty"] -= qty
        print(f"{name}: shipped {qty}")
print({k: v["qty"] for k, v in inventory.items()})
