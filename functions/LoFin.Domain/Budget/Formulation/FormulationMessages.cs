namespace LoFin.Domain.Budget.Formulation;

/// <summary>Korean messages of the formulation rules.</summary>
internal static class FormulationMessages
{
    public static string NotDrafting(BudgetVersionStatus status) =>
        $"편성 중인 예산이 아닙니다(현재: {FormulationNames.Of(status)}). 예산요구와 사정은 편성 중에만 할 수 있습니다.";

    public static string NotSubmittable(BudgetVersionStatus status) =>
        $"편성 중인 예산만 의회에 제출할 수 있습니다(현재: {FormulationNames.Of(status)}).";

    public static string NotAdoptable(BudgetVersionStatus status) =>
        $"의회에 제출된 예산만 의결할 수 있습니다(현재: {FormulationNames.Of(status)}).";

    public const string EmptyBudget = "금액이 있는 예산 과목이 하나도 없습니다. 예산요구나 사정을 먼저 하세요.";

    public static string OpenVersionExists(int number) =>
        $"아직 의결되지 않은 예산(제{number}차)이 있습니다. 그 예산을 의결한 뒤 추가경정예산을 만드세요.";

    public const string NoAdoptedVersion = "의결된 예산이 없습니다. 본예산을 먼저 의결하세요.";

    public const string ReasonRequired = "사정 사유를 1~500자로 입력하세요. 요구액과 다르게 사정한 과목은 사유를 남겨야 합니다.";

    public const string SameLine = "전용하는 과목과 받는 과목이 같습니다.";

    public const string OtherAccount = "전용은 같은 회계 안에서만 할 수 있습니다. 회계 간 이동은 전출·전입으로 처리하세요.";

    public static string ExceedsSource(long availableWon) =>
        $"전용 금액이 전용하는 과목의 예산 잔액({availableWon:N0}원)을 넘습니다.";

    public const string AmountNotPositive = "전용 금액은 1원 이상이어야 합니다.";
}
