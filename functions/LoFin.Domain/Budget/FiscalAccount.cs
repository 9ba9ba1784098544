using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Budget;

/// <summary>
/// A 회계 by its 3-digit code. The first digit is the kind: 100 is the 일반회계 (there is only
/// one), 2NN a 공기업특별회계, 3NN a 기타특별회계, 4NN a 기금. e호조's internal numbering is not
/// published, so this scheme is LoFin's (ADR 0013); each tenant names its accounts in its
/// budget structure. Since 2024 each 회계 also has one real bank account (통합지출), so the
/// code is also what separates cash: a journal is kept per 회계.
/// </summary>
public readonly record struct FiscalAccount
{
    public static readonly FiscalAccount General = new(100);

    private readonly int _code;

    private FiscalAccount(int code) => _code = code;

    public int Code => _code != 0 ? _code : throw new InvalidOperationException("FiscalAccount is empty.");

    public bool IsEmpty => _code == 0;

    public FiscalAccountKind Kind => (FiscalAccountKind)(Code / 100);

    public static FiscalAccount Parse(string text) =>
        TryParse(text, out var account, out var problem) ? account : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out FiscalAccount account) => TryParse(text, out account, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out FiscalAccount account, [NotNullWhen(false)] out string? problem)
    {
        account = default;
        var code = text is { Length: 3 } ? CodeText.Digits(text, 0, 3) : -1;
        var valid = code switch
        {
            100 => true,
            >= 201 and <= 499 => code % 100 != 0,
            _ => false,
        };
        if (!valid)
        {
            problem = ClassificationMessages.FiscalAccount(text);
            return false;
        }
        account = new FiscalAccount(code);
        problem = null;
        return true;
    }

    public override string ToString() => _code == 0 ? "" : _code.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
