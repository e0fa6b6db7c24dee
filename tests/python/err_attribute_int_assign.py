count = 5
count.total = 10
