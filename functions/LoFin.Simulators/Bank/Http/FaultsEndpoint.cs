using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Faults;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// Reads and changes the fault settings while the bank runs, for tests. A POST changes only the
/// fields it sends and answers with the whole settings now in force; the new settings apply to
/// what is settled, published or verified from then on.
/// </summary>
public static class FaultsEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/bank/v1/admin/faults", (FaultInjector faults) => TypedResults.Ok(View.Of(faults.Current)))
            .WithName("GetFaults").WithSummary("장애 주입 설정 조회");
        app.MapPost("/bank/v1/admin/faults", Change).WithName("ChangeFaults").WithSummary("장애 주입 설정 변경");
    }

    private static IResult Change(Request request, FaultInjector faults)
    {
        var errors = new FieldErrors();
        CheckRate(errors, "duplicateRate", request.DuplicateRate);
        CheckRate(errors, "outOfOrderRate", request.OutOfOrderRate);
        CheckRate(errors, "lossRate", request.LossRate);
        CheckRate(errors, "transferFailureRate", request.TransferFailureRate);
        if (request.MaxReorderDelayMs is < 0 or > FaultSettings.MaxReorderDelayLimitMs)
        {
            errors.Add("maxReorderDelayMs", $"0~{FaultSettings.MaxReorderDelayLimitMs} 밀리초입니다.");
        }
        if (request.NameMismatchAccounts is { Count: > FaultSettings.MaxNameMismatchAccounts })
        {
            errors.Add("nameMismatchAccounts", $"계좌는 {FaultSettings.MaxNameMismatchAccounts}개까지입니다.");
        }
        else if (request.NameMismatchAccounts is { } listed)
        {
            for (var index = 0; index < listed.Count; index++)
            {
                if (!KoreanBanks.IsKnown(listed[index]?.BankCode))
                {
                    errors.Add($"nameMismatchAccounts[{index}].bankCode", "은행 코드를 알 수 없습니다.");
                }
                if (!AccountNumbers.IsWellFormed(listed[index]?.AccountNumber))
                {
                    errors.Add($"nameMismatchAccounts[{index}].accountNumber", "계좌번호는 하이픈 없는 숫자입니다.");
                }
            }
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var current = faults.Current;
        var changed = current with
        {
            Seed = request.Seed ?? current.Seed,
            DuplicateRate = request.DuplicateRate ?? current.DuplicateRate,
            OutOfOrderRate = request.OutOfOrderRate ?? current.OutOfOrderRate,
            LossRate = request.LossRate ?? current.LossRate,
            TransferFailureRate = request.TransferFailureRate ?? current.TransferFailureRate,
            MaxReorderDelayMs = request.MaxReorderDelayMs ?? current.MaxReorderDelayMs,
            NameMismatchAccounts = request.NameMismatchAccounts is { } accounts
                ? accounts.Select(a => new AccountKey(a!.BankCode!, a.AccountNumber!)).ToHashSet()
                : current.NameMismatchAccounts,
        };
        faults.Replace(changed);
        return TypedResults.Ok(View.Of(changed));
    }

    private static void CheckRate(FieldErrors errors, string field, double? rate)
    {
        if (rate is { } value && !(value is >= 0 and <= 1))
        {
            errors.Add(field, "확률은 0 이상 1 이하입니다.");
        }
    }

    /// <summary>Every field optional: what is absent keeps its current value.</summary>
    public sealed record Request(
        long? Seed,
        double? DuplicateRate,
        double? OutOfOrderRate,
        double? LossRate,
        double? TransferFailureRate,
        int? MaxReorderDelayMs,
        IReadOnlyList<AccountReference?>? NameMismatchAccounts);

    public sealed record View(
        long Seed,
        double DuplicateRate,
        double OutOfOrderRate,
        double LossRate,
        double TransferFailureRate,
        int MaxReorderDelayMs,
        IReadOnlyList<AccountReference> NameMismatchAccounts)
    {
        public static View Of(FaultSettings settings) => new(
            settings.Seed, settings.DuplicateRate, settings.OutOfOrderRate, settings.LossRate, settings.TransferFailureRate, settings.MaxReorderDelayMs,
            settings.NameMismatchAccounts.Select(k => new AccountReference { BankCode = k.BankCode, AccountNumber = k.AccountNumber })
                .OrderBy(a => a.BankCode, StringComparer.Ordinal).ThenBy(a => a.AccountNumber, StringComparer.Ordinal).ToList());
    }
}
