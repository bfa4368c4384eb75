using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// The bounds the server enforces on one field, written into its schema: what a client may send and what it will
/// get back. Built from the domain's own constants (see <see cref="ContractRules"/>), so the document states each
/// rule the code enforces without restating its numbers.
/// </summary>
internal sealed record FieldRule
{
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public string? Pattern { get; init; }
    public string? Format { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public decimal? Minimum { get; init; }
    public decimal? Maximum { get; init; }
    public decimal? ExclusiveMinimum { get; init; }
    public int? MaxItems { get; init; }
    public bool UniqueItems { get; init; }
    public FieldRule? Items { get; init; }
    public string? Description { get; init; }

    public static FieldRule Text(int minLength, int maxLength, string? pattern = null) =>
        new() { MinLength = minLength, MaxLength = maxLength, Pattern = pattern };

    public static FieldRule OneOf(params string[] values) => new() { Values = values, MaxLength = values.Max(v => v.Length) };

    public static FieldRule Int(int minimum, int maximum) => new() { Minimum = minimum, Maximum = maximum };

    public static FieldRule Number(decimal minimum, decimal maximum) => new() { Minimum = minimum, Maximum = maximum };

    public static FieldRule Positive(decimal maximum) => new() { ExclusiveMinimum = 0, Maximum = maximum };

    public static FieldRule List(int maxItems, FieldRule items, bool unique = false) => new() { MaxItems = maxItems, Items = items, UniqueItems = unique };

    /// <summary>Writes the rule into <paramref name="schema"/>; array rules also bound the item schema.</summary>
    public void ApplyTo(OpenApiSchema schema)
    {
        schema.MinLength = MinLength ?? schema.MinLength;
        schema.MaxLength = MaxLength ?? schema.MaxLength;
        schema.Pattern = Pattern ?? schema.Pattern;
        schema.Format = Format ?? schema.Format;
        schema.Description = Description ?? schema.Description;
        if (Values is not null)
        {
            var nullable = schema.Type?.HasFlag(JsonSchemaType.Null) == true;
            schema.Enum = [.. Values.Select(v => (JsonNode)JsonValue.Create(v)!)];
            if (nullable)
            {
                schema.Enum.Add(null!);
            }
        }

        if (Minimum is { } minimum)
        {
            schema.Minimum = minimum.ToString(CultureInfo.InvariantCulture);
        }

        if (Maximum is { } maximum)
        {
            schema.Maximum = maximum.ToString(CultureInfo.InvariantCulture);
        }

        if (ExclusiveMinimum is { } exclusive)
        {
            schema.ExclusiveMinimum = exclusive.ToString(CultureInfo.InvariantCulture);
        }

        if (MaxItems is { } maxItems)
        {
            schema.MaxItems = maxItems;
            schema.UniqueItems = UniqueItems ? true : schema.UniqueItems;
        }

        if (Items is not null && schema.Items is OpenApiSchema items)
        {
            Items.ApplyTo(items);
        }
    }
}
