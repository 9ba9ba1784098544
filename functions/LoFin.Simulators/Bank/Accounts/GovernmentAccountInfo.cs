namespace LoFin.Simulators.Bank.Accounts;

/// <summary>
/// What a government account belongs to. The 회계 code follows LoFin's scheme (100 일반회계, 2NN
/// 공기업특별회계, 3NN 기타특별회계, 4NN 기금), so the app can map an account to its 회계 by code.
/// </summary>
public sealed record GovernmentAccountInfo(string TenantCode, string GovernmentName, string FiscalAccountCode, string FiscalAccountName);
