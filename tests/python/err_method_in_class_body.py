class Net:
    def forward(self, x):
        return self.scale * x
net = Net()
print(net.forward(2))
