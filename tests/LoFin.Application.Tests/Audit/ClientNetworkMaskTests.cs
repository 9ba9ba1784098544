using System.Net;
using LoFin.Application.Audit;
using Xunit;

namespace LoFin.Application.Tests.Audit;

public sealed class ClientNetworkMaskTests
{
    [Theory]
    [InlineData("203.0.113.77", "203.0.113.0/24")]
    [InlineData("::ffff:203.0.113.77", "203.0.113.0/24")]
    [InlineData("2001:db8:1234:5678:9abc:def0:1234:5678", "2001:db8:1234::/48")]
    [InlineData("::1", "::/48")]
    public void Mask_WhenAddressGiven_KeepsOnlyTheNetworkPrefix(string address, string expected)
    {
        Assert.Equal(expected, ClientNetworkMask.Mask(IPAddress.Parse(address)));
    }

    [Fact]
    public void Mask_WhenNoAddress_IsNull()
    {
        Assert.Null(ClientNetworkMask.Mask(null));
    }
}
