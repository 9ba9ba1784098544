namespace LoFin.Domain.Money;

/// <summary>
/// Integer arithmetic on won (KRW has no minor unit, so every amount is a <see cref="long"/>).
/// Additions are checked because a silently wrapped sum would corrupt the books; divisions
/// name their rounding rule: 절사 (floor) is the rule of Korean public finance for pro-rata
/// shares and for the 끝수 below a unit (국고금 관리법 제47조: 10원 미만 버림).
/// </summary>
public static class WonArithmetic
{
    public static long Add(long leftWon, long rightWon)
    {
        var sum = leftWon + rightWon;
        // Overflow happened iff both operands have the same sign and the sum's sign differs.
        if (((leftWon ^ sum) & (rightWon ^ sum)) < 0)
        {
            throw WonOverflowException.For(nameof(Add), leftWon, rightWon);
        }
        return sum;
    }

    public static long Subtract(long leftWon, long rightWon)
    {
        var difference = leftWon - rightWon;
        if (((leftWon ^ rightWon) & (leftWon ^ difference)) < 0)
        {
            throw WonOverflowException.For(nameof(Subtract), leftWon, rightWon);
        }
        return difference;
    }

    /// <summary>
    /// Like <see cref="Add"/>, but says no instead of throwing: for limits checked against caller
    /// input.
    /// </summary>
    public static bool TryAdd(long leftWon, long rightWon, out long sumWon)
    {
        sumWon = leftWon + rightWon;
        return ((leftWon ^ sumWon) & (rightWon ^ sumWon)) >= 0;
    }

    /// <summary>
    /// ⌊amountWon × numerator ÷ denominator⌋ (절사): a share of an amount, such as the 국비 part
    /// of a payment by the 국비 share of the budget. Computed in <see cref="Int128"/>, so the
    /// product never overflows; the remainder the floor drops is the caller's to place
    /// (see <c>FundingSplit.Allocate</c>, which gives it to the local government's own share).
    /// </summary>
    public static long ProRataFloor(long amountWon, long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountWon);
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        var share = (Int128)amountWon * numerator / denominator;
        if (share > long.MaxValue)
        {
            throw new WonOverflowException($"금액 계산이 범위를 벗어났습니다: {amountWon} × {numerator} ÷ {denominator} (won amount overflow).");
        }
        return (long)share;
    }

    /// <summary>
    /// The amount with everything below <paramref name="unitWon"/> cut off (절사), e.g. 10 for
    /// 10원 미만 절사. Non-negative amounts only: a negative amount has no agreed rule here.
    /// </summary>
    public static long FloorToUnit(long amountWon, long unitWon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountWon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(unitWon);
        return amountWon - (amountWon % unitWon);
    }
}
