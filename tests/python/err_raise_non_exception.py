def fail():
    raise "something went wrong"

fail()
