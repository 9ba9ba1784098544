using System.Globalization;
using LoFin.Domain.Budget;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// Document ids of a line's head and log. A line key's '/' may not appear in a document id, so
/// the parts are joined by ':' (no part of a key can contain one). Log ids end in a zero-padded
/// sequence number, so id order is log order and one id-prefix query reads a line's log.
/// </summary>
public static class BudgetLineIds
{
    public static string Head(BudgetLineKey line) => "line:" + Suffix(line);

    public static string LogPrefix(BudgetLineKey line) => "lineop:" + Suffix(line) + ":";

    public static string LogEntry(BudgetLineKey line, long sequence) =>
        LogPrefix(line) + sequence.ToString("D10", CultureInfo.InvariantCulture);

    private static string Suffix(BudgetLineKey line) => line.ToString().Replace('/', ':');
}
