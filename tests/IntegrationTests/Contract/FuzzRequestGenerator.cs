using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>
/// Generates requests for the operations of an OpenAPI document from their parameters and request-body schemas, with
/// one <see cref="Random"/> of a fixed seed (the same seed and pool give the same requests). About 40% of requests are
/// well formed (values of the documented type within the documented bounds, real ids, a valid token of a fitting
/// role) so the code behind validation runs; the rest are hostile: wrong types, out-of-range numbers, huge, unicode
/// and control-character strings, bad dates and UUIDs, missing and extra fields, broken JSON, wrong content types,
/// and expired, forged or garbage tokens.
/// </summary>
public sealed class FuzzRequestGenerator(OpenApiContract contract, FuzzPool pool, int seed)
{
    private const int MaxDepth = 6;

    private static readonly string[] HostileStrings =
    [
        string.Empty, " ", "null", "undefined", "0", "-1", "true", "NaN", "Infinity",
        "' OR '1'='1' --", "\"; DROP TABLE users; --", "<script>alert(1)</script>", "../../../../etc/passwd", "%00", "%2e%2e%2f",
        "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "\0", "\u0001\u0002\u0003\u001f", "line\r\nInjected: header", "\t\t\t",
        "\u202Egnp.exe", "\u200B\u200B\u200B", "\uFEFFbom", "Z\u0351\u0360\u0361\u0362a\u0363\u0364lgo", "😀🏠🛏️👨‍👩‍👧", "中文房源", "مرحبا", "ñandú",
        "İstanbul", "ǅ", "\uD800", "\uDFFF", "a\uD83D", "\\", "\\u0000", "%", "&", "=", "?", "#", "/", "//", ";", ",",
        "0195f3c0-2b3c-7d4e-8f5a-6b7c8d9e0f1a ", "{0195f3c0-2b3c-7d4e-8f5a-6b7c8d9e0f1a}", "0195F3C02B3C7D4E8F5A6B7C8D9E0F1A",
        "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "0195f3c0-2b3c-7d4e-8f5a-6b7c8d9e0f1a-0",
        "0000-00-00", "9999-12-31", "0001-01-01", "2026-02-30", "2026-13-01", "2026-1-1", "31/12/2026", "yesterday",
        "1970-01-01", "+275760-09-13", "2026-12-24T25:00:00Z", "2026-12-24T00:00:00+99:00", "-0001-01-01", "20261224",
        "9999999999999999999999", "-9223372036854775809", "1e309", "-1e309", "0x1F", "1,5", "١٢٣",
    ];

    private static readonly JsonNode?[] HostileNumbers =
    [
        0, -1, 1, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 2147483648L, -2147483649L, 1.5, -0.0001,
        1e308, -1e308, double.Epsilon, 79228162514264337593543950335m, 0.1, 99999999.99, 100000000, 1000000000000,
    ];

    private readonly Random _random = new(seed);
    private readonly JsonObject _schemas = (contract.Document["components"]?["schemas"] as JsonObject) ?? [];
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    public FuzzRequest Next(ContractOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var hostile = _random.NextDouble() < 0.6;
        var path = new StringBuilder();
        var query = new List<string>();
        var pathValues = new Dictionary<string, string>(StringComparer.Ordinal);

        // A well-formed request sets about two optional filters: all of them at once rarely make a valid combination.
        var optionalShare = Math.Min(0.5, 2.0 / Math.Max(1, Parameters(operation).Count()));
        foreach (var parameter in Parameters(operation))
        {
            var name = parameter["name"]?.GetValue<string>() ?? string.Empty;
            var location = parameter["in"]?.GetValue<string>();
            var schema = parameter["schema"] as JsonObject ?? [];
            var required = parameter["required"]?.GetValue<bool>() == true;
            if (location == "path")
            {
                // No NUL in a path: TestServer throws on it before the app runs (Kestrel answers 400 itself).
                pathValues[name] = Uri.EscapeDataString(UrlValue(hostile && Chance(0.5)
                    ? Text(HostileScalar(schema))
                    : Text(IdFor(KindBefore(operation.PathTemplate, name), operation.Method == "DELETE"))).Replace("\0", string.Empty, StringComparison.Ordinal));
            }
            else if (location == "query" && (required || Chance(hostile ? 0.7 : optionalShare)))
            {
                var value = hostile && Chance(0.5) ? HostileScalar(schema) : Valid(schema, name, 0);
                query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(UrlValue(Text(value)))}");
                if (hostile && Chance(0.1))
                {
                    query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(Text(Valid(schema, name, 0)))}");
                }
            }
        }

        if (hostile && Chance(0.15))
        {
            query.Add($"{Pick(["extra", "__proto__", "$where", "limit[]", "sort[a]", "%"])}={Uri.EscapeDataString(Pick(HostileStrings))}");
        }

        var template = operation.PathTemplate;
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '{')
            {
                var end = template.IndexOf('}', i);
                path.Append(pathValues.GetValueOrDefault(template[(i + 1)..end], "x"));
                i = end + 1;
            }
            else
            {
                path.Append(template[i++]);
            }
        }

        if (query.Count > 0)
        {
            path.Append('?').AppendJoin('&', query);
        }

        var (body, contentType) = Body(operation, hostile);
        var (authorization, label) = Authorization(operation, hostile);
        return new FuzzRequest(operation, operation.Method, path.ToString(), body, contentType, authorization, label, hostile);
    }

    /// <summary>
    /// At most 1,000 characters per path or query value: Kestrel answers 414 itself to a request line over 8 KB, before
    /// the app runs, and TestServer has no such limit.
    /// </summary>
    private static string UrlValue(string value) => value.Length > 1000 ? value[..1000] : value;

    private static IEnumerable<JsonObject> Parameters(ContractOperation operation) =>
        (operation.Definition["parameters"] as JsonArray ?? []).OfType<JsonObject>();

    /// <summary>The collection a path parameter names: the segment before it (<c>/properties/{id}</c>: properties).</summary>
    private static string KindBefore(string template, string parameter)
    {
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(segments, "{" + parameter + "}");
        return index > 0 ? segments[index - 1] : string.Empty;
    }

    private (string? Body, string? ContentType) Body(ContractOperation operation, bool hostile)
    {
        var content = operation.Definition["requestBody"]?["content"] as JsonObject;
        if (content is null || content.Count == 0)
        {
            return hostile && Chance(0.05) ? ("{\"unexpected\":true}", "application/json") : (null, null);
        }

        var mediaType = content.Select(p => p.Key).FirstOrDefault(k => k.Contains("json", StringComparison.OrdinalIgnoreCase)) ?? content.First().Key;
        var schema = content[mediaType]?["schema"] as JsonObject ?? [];
        if (!hostile)
        {
            return (Serialize(Valid(schema, string.Empty, 0)), mediaType);
        }

        return _random.Next(10) switch
        {
            0 => (RawGarbage(), Pick([mediaType, "application/json", "text/plain", null])),
            1 => (Serialize(Valid(schema, string.Empty, 0)), Pick(["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null, "application/json; charset=utf-16"])),
            2 => (Serialize(HostileAny()), mediaType),
            _ => (Serialize(Mutate(schema, 0)), mediaType),
        };
    }

    private (string? Header, string Label) Authorization(ContractOperation operation, bool hostile)
    {
        var wantsToken = operation.RequiresToken ? !hostile || Chance(0.5) : Chance(0.3);
        if (!wantsToken)
        {
            return (null, "none");
        }

        var bad = operation.RequiresToken ? (hostile ? Chance(0.5) : Chance(0.1)) : Chance(0.5);
        if (bad && pool.BadAuthorizations.Count > 0)
        {
            var (label, value) = pool.BadAuthorizations.ElementAt(_random.Next(pool.BadAuthorizations.Count));
            return (value, label);
        }

        var role = operation.PathTemplate.Contains("/admin/", StringComparison.Ordinal) && Chance(0.8)
            ? "admin"
            : Pick(pool.Tokens.Keys.Order(StringComparer.Ordinal).ToArray());
        return pool.Tokens.TryGetValue(role, out var token) ? ($"Bearer {token}", role) : (null, "none");
    }

    private JsonNode? Valid(JsonObject schema, string name, int depth)
    {
        schema = Resolve(schema);
        if (depth > MaxDepth)
        {
            return null;
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[_random.Next(values.Count)]?.DeepClone();
        }

        if (schema["const"] is JsonNode constant)
        {
            return constant.DeepClone();
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray branches && branches.OfType<JsonObject>().ToList() is { Count: > 0 } objects)
            {
                var nonNull = objects.Where(o => Type(Resolve(o)) != "null").ToList();
                return Valid(nonNull.Count > 0 ? Pick(nonNull.ToArray()) : objects[0], name, depth + 1);
            }
        }

        if (schema["examples"] is JsonArray examples && examples.Count > 0 && Chance(0.2))
        {
            return examples[_random.Next(examples.Count)]?.DeepClone();
        }

        switch (Type(schema))
        {
            case "object":
                var result = new JsonObject();
                var required = (schema["required"] as JsonArray ?? []).Select(r => r?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                foreach (var (property, propertySchema) in schema["properties"] as JsonObject ?? [])
                {
                    if (propertySchema is JsonObject ps && (required.Contains(property) || Chance(0.8)))
                    {
                        result[property] = Valid(ps, property, depth + 1);
                    }
                }

                return result;
            case "array":
                var items = schema["items"] as JsonObject ?? [];
                var count = _random.Next(Int(schema, "minItems", 0), Math.Min(Int(schema, "maxItems", 4), 4) + 1);
                var array = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    array.Add(Valid(items, name, depth + 1));
                }

                return array;
            case "integer":
                return _random.NextInt64(Int(schema, "minimum", NameSuggestsCount(name) ? 1 : 0), Int(schema, "maximum", NameSuggestsCount(name) ? 4 : 10) + 1L);
            case "number":
                var min = Number(schema, "minimum", name.Contains("lat", StringComparison.OrdinalIgnoreCase) ? -80 : name.Contains("lng", StringComparison.OrdinalIgnoreCase) || name.Contains("longitude", StringComparison.OrdinalIgnoreCase) ? -170 : 0);
                var max = Number(schema, "maximum", min < 0 ? -min : 500);
                return Math.Round(min + (_random.NextDouble() * (max - min)), 2);
            case "boolean":
                return Chance(0.5);
            default:
                return ValidString(schema, name);
        }
    }

    private JsonNode ValidString(JsonObject schema, string name)
    {
        var format = schema["format"]?.GetValue<string>();
        var lower = name.ToLowerInvariant();
        if (format == "uuid" || lower.EndsWith("id", StringComparison.Ordinal))
        {
            return IdFor(lower.StartsWith("property", StringComparison.Ordinal) ? "properties" : lower.StartsWith("booking", StringComparison.Ordinal) ? "bookings" : string.Empty, forDelete: false);
        }

        if (format is "date" or "date-time" || lower.Contains("checkin", StringComparison.Ordinal) || lower.Contains("checkout", StringComparison.Ordinal)
            || lower is "from" or "to" or "start" or "end" or "startdate" or "enddate")
        {
            var late = lower.Contains("out", StringComparison.Ordinal) || lower is "to" or "end" or "enddate";
            var date = _today.AddDays(late ? _random.Next(12, 25) : _random.Next(1, 11));
            return format == "date-time"
                ? date.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (format == "email" || lower.Contains("email", StringComparison.Ordinal))
        {
            return pool.Emails.Count > 0 && Chance(0.5) ? Pick(pool.Emails.ToArray()) : $"fuzz-{_random.Next(1_000_000)}@example.com";
        }

        if (lower.Contains("refreshtoken", StringComparison.Ordinal) && pool.RefreshTokens.Count > 0 && Chance(0.3))
        {
            return Pick(pool.RefreshTokens.ToArray());
        }

        if (format is "uri" or "url" || lower.Contains("photo", StringComparison.Ordinal))
        {
            return $"https://images.example.com/{_random.Next(1000)}.jpg";
        }

        if (lower is "limit" or "guests" or "radiuskm" or "minprice" or "maxprice" or "lat" or "lng" or "minlat" or "maxlat" or "minlng" or "maxlng")
        {
            return (lower is "limit" or "guests" ? _random.Next(1, 20) : Math.Round((_random.NextDouble() * 100) - 20, 3)).ToString(CultureInfo.InvariantCulture);
        }

        if (lower is "instantbook")
        {
            return Chance(0.5) ? "true" : "false";
        }

        var minLength = Int(schema, "minLength", lower.Contains("password", StringComparison.Ordinal) ? 12 : 1);
        var maxLength = Math.Max(minLength, Math.Min(Int(schema, "maxLength", 24), minLength + 24));
        var length = _random.Next(minLength, maxLength + 1);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)('a' + _random.Next(26)));
        }

        return builder.ToString();
    }

    /// <summary>A value that breaks the schema (or is at its edges): wrong type, out of bounds, hostile text, null.</summary>
    private JsonNode? HostileScalar(JsonObject schema)
    {
        schema = Resolve(schema);
        return _random.Next(8) switch
        {
            0 => null,
            1 => Pick(HostileNumbers)?.DeepClone(),
            2 => HugeString(),
            3 => Int(schema, "maximum", int.MinValue) is var max and > int.MinValue ? max + 1L : Pick(HostileNumbers)?.DeepClone(),
            4 => Int(schema, "minimum", int.MaxValue) is var min and < int.MaxValue ? min - 1L : Pick(HostileStrings),
            5 => Chance(0.5),
            _ => Pick(HostileStrings),
        };
    }

    private JsonNode? HostileAny() => _random.Next(6) switch
    {
        0 => new JsonArray(HostileScalar([]), HostileScalar([])),
        1 => Nested(_random.Next(10, 200)),
        2 => Wide(_random.Next(100, 3000)),
        _ => HostileScalar([]),
    };

    /// <summary>A body derived from the schema with some fields dropped, replaced by hostile values, or added.</summary>
    private JsonNode? Mutate(JsonObject schema, int depth)
    {
        schema = Resolve(schema);
        if (depth > MaxDepth || Chance(0.1))
        {
            return HostileAny();
        }

        switch (Type(schema))
        {
            case "object":
                var result = new JsonObject();
                foreach (var (property, propertySchema) in schema["properties"] as JsonObject ?? [])
                {
                    if (propertySchema is not JsonObject ps || Chance(0.15))
                    {
                        continue; // a missing field
                    }

                    result[property] = Chance(0.35) ? Mutate(ps, depth + 1) : Valid(ps, property, depth + 1);
                }

                if (Chance(0.2))
                {
                    result[Pick(["extra", "id", "role", "isAdmin", "hostId", "status", "price", "__proto__", "constructor"])] = HostileScalar([]);
                }

                return result;
            case "array":
                var items = schema["items"] as JsonObject ?? [];
                var array = new JsonArray();
                var count = Chance(0.1) ? _random.Next(200, 3000) : _random.Next(0, 6);
                for (var i = 0; i < count; i++)
                {
                    array.Add(Chance(0.5) ? Mutate(items, depth + 1) : Valid(items, string.Empty, depth + 1));
                }

                return array;
            default:
                return HostileScalar(schema);
        }
    }

    private string RawGarbage() => _random.Next(8) switch
    {
        0 => string.Empty,
        1 => "{",
        2 => "{\"a\":",
        3 => "{\"email\":\"a@b.c\",\"email\":\"d@e.f\"}",
        4 => "[" + new string('[', 5000) + new string(']', 5000) + "]",
        5 => "{\"checkIn\": 2026-12-24}",
        6 => "\uFEFF{\"x\":1} trailing",
        _ => "\u0000\u0001garbage\u00ff" + new string('x', _random.Next(1, 2000)),
    };

    private JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject { ["leaf"] = 1 };
        for (var i = 0; i < depth; i++)
        {
            node = Chance(0.5) ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }

    private static JsonObject Wide(int fields)
    {
        var result = new JsonObject();
        for (var i = 0; i < fields; i++)
        {
            result[string.Create(CultureInfo.InvariantCulture, $"f{i}")] = i;
        }

        return result;
    }

    private string HugeString()
    {
        var length = Chance(0.02) ? 100_000 : _random.Next(300, 5000);
        var unit = Pick(["a", "é", "😀", "\u0000", "%", "<>", "\u202E"]);
        var builder = new StringBuilder(length * unit.Length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private string IdFor(string kind, bool forDelete)
    {
        var source = forDelete ? pool.Disposable : pool.Ids;
        if (Chance(0.8))
        {
            var ids = source.TryGetValue(kind, out var exact) && exact.Count > 0 ? exact : source.Values.SelectMany(v => v).ToList();
            if (ids.Count > 0)
            {
                return ids[_random.Next(ids.Count)].ToString();
            }
        }

        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private JsonObject Resolve(JsonObject schema)
    {
        for (var hops = 0; hops < 10 && schema["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            if (_schemas[name] is not JsonObject target)
            {
                break;
            }

            schema = target;
        }

        return schema;
    }

    private static string? Type(JsonObject schema) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        _ => schema["properties"] is not null ? "object" : schema["items"] is not null ? "array" : null,
    };

    private static bool NameSuggestsCount(string name) =>
        name.Contains("guest", StringComparison.OrdinalIgnoreCase) || name.Contains("night", StringComparison.OrdinalIgnoreCase)
        || name.Contains("bed", StringComparison.OrdinalIgnoreCase) || name.Contains("bath", StringComparison.OrdinalIgnoreCase)
        || name.Contains("limit", StringComparison.OrdinalIgnoreCase);

    private static int Int(JsonObject schema, string keyword, int fallback) =>
        schema[keyword] is JsonValue value && value.TryGetValue<double>(out var number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : fallback;

    private static double Number(JsonObject schema, string keyword, double fallback) =>
        schema[keyword] is JsonValue value && value.TryGetValue<double>(out var number) ? number : fallback;

    private static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    private static string Serialize(JsonNode? value) => value?.ToJsonString(new JsonSerializerOptions { MaxDepth = 10_000 }) ?? "null";

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];
}
