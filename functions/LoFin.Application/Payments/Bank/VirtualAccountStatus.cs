namespace LoFin.Application.Payments.Bank;

public enum VirtualAccountStatus
{
    Open,
    PartiallyPaid,
    Paid,
    Expired,
}
