import sys
print("exiting with status 2")
sys.exit(2)
