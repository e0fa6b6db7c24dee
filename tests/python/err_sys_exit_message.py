import sys
print("checking config")
sys.exit("fatal: missing learning rate")
