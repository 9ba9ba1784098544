using LoFin.Application.Documents;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments.Payees;

/// <summary>
/// 예금주 조회 for an official: check the input, ask the treasury bank, and keep the bank's masked
/// answer as a <see cref="PayeeVerificationRecord"/> in the tenant's partition, so a payment can
/// later show the account was checked, when, by whom, and with what result.
/// </summary>
public sealed class VerifyPayeeAccount(ITreasuryBank bank, IDocumentStore store)
{
    public async Task<PayeeVerificationOutcome> ExecuteAsync(TenantId tenant, string userId, string? bankCode, string? accountNumber, string? holderName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var errors = PayeeAccountRules.Check(bankCode, accountNumber, holderName);
        if (errors.Count > 0)
        {
            return new PayeeVerificationOutcome.Invalid(errors);
        }

        var outcome = await bank.VerifyAccountAsync(new AccountVerificationRequest(bankCode!, accountNumber!, holderName!.Trim()), cancellationToken);
        switch (outcome)
        {
            case AccountVerificationOutcome.Verified { Verification: var answer }:
                var record = new PayeeVerificationRecord(PayeeVerificationRecord.NewId(), answer.BankCode, answer.BankName, answer.AccountNumberMasked,
                    answer.HolderNameMasked, answer.Result, answer.ResponseCode, answer.ResponseMessage, answer.VerifiedAt, userId);
                await store.CreateAsync(tenant, record.VerificationId, record, cancellationToken);
                return new PayeeVerificationOutcome.Verified(record);
            case AccountVerificationOutcome.Invalid invalid:
                return new PayeeVerificationOutcome.Invalid(invalid.Errors.Errors);
            case AccountVerificationOutcome.Unavailable unavailable:
                return new PayeeVerificationOutcome.BankUnavailable(unavailable.Failure);
            default:
                throw new InvalidOperationException($"Unknown verification outcome {outcome.GetType().Name}.");
        }
    }
}
