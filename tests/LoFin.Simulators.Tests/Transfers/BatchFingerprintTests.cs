using LoFin.Simulators.Bank.Transfers;

namespace LoFin.Simulators.Tests.Transfers;

public sealed class BatchFingerprintTests
{
    private static readonly SubmittedTransfer Base = new("t-1", "110001000001", "004", "12345678901234", "김철수", 1_000, "대금");

    [Fact]
    public void Of_WhenSameContent_IsEqual()
    {
        Assert.Equal(BatchFingerprint.Of([Base, Base with { TransferId = "t-2" }]), BatchFingerprint.Of([Base, Base with { TransferId = "t-2" }]));
    }

    public static TheoryData<SubmittedTransfer> Changes => new()
    {
        Base with { AmountWon = 1_001 },
        Base with { AmountWon = null },
        Base with { AmountWon = 0 },
        Base with { Memo = null },
        Base with { Memo = "" },
        // A character moved across a field boundary must not give the same bytes.
        Base with { TransferId = "t-11", FromAccountNumber = "10001000001" },
        Base with { ToHolderName = "김철호" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Of_WhenAnyFieldDiffers_Differs(SubmittedTransfer changed)
    {
        Assert.NotEqual(BatchFingerprint.Of([Base]), BatchFingerprint.Of([changed]));
    }

    [Fact]
    public void Of_WhenOrderDiffers_Differs()
    {
        var other = Base with { TransferId = "t-2" };

        Assert.NotEqual(BatchFingerprint.Of([Base, other]), BatchFingerprint.Of([other, Base]));
    }
}
