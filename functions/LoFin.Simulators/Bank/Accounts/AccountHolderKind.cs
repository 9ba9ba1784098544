namespace LoFin.Simulators.Bank.Accounts;

/// <summary>Who holds an account, for the demo data; the bank treats every payee alike.</summary>
public enum AccountHolderKind
{
    /// <summary>A local government's 회계 account at this treasury bank: the only accounts transfers may leave.</summary>
    Government,

    Vendor,

    SubsidyRecipient,
}
