import time

async def fetch():
    return 42

print("never runs")
