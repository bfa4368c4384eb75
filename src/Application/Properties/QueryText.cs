using System.Globalization;

namespace AirbnbClone.Application.Properties;

/// <summary>
/// Query-string values arrive as text, so that a malformed one is a 400 naming its parameter (a typed binding
/// failure could only say "bad request"). These parse them the one way the API documents.
/// </summary>
internal static class QueryText
{
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryInt(string? text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static bool TryDouble(string? text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    public static bool TryBool(string? text, out bool value)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "TRUE" or "1": value = true; return true;
            case "FALSE" or "0": value = false; return true;
            default: value = false; return false;
        }
    }

    public static bool IsGiven(string? text) => !string.IsNullOrWhiteSpace(text);
}
