namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>The response checks of <see cref="OpenApiContract"/>, against a small hand-written OpenAPI 3.1 document.</summary>
public sealed class OpenApiContractTests
{
    private const string Document = """
        {
          "openapi": "3.1.1",
          "info": { "title": "t", "version": "1" },
          "paths": {
            "/things/{id}": {
              "get": {
                "operationId": "getThing",
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                  "404": { "description": "missing", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
                }
              },
              "delete": { "operationId": "deleteThing", "security": [ { "bearer": [] } ], "responses": { "204": { "description": "gone" }, "4XX": { "description": "client error" } } }
            },
            "/things/special": {
              "get": { "operationId": "getSpecial", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "type": "string" } } } } } } }
            }
          },
          "components": {
            "schemas": {
              "Thing": {
                "type": "object",
                "required": ["id", "guests", "refund"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "guests": { "type": "integer", "minimum": 1 },
                  "note": { "type": ["string", "null"] },
                  "refund": { "$ref": "#/components/schemas/Refund" }
                },
                "additionalProperties": false
              },
              "Refund": { "type": "object", "required": ["amount"], "properties": { "amount": { "type": "number" } } },
              "Problem": { "type": "object", "required": ["status", "code"], "properties": { "status": { "type": "integer" }, "code": { "type": "string" } } }
            }
          }
        }
        """;

    private const string ValidThing = """{"id":"0195f3c0-2b3c-7d4e-8f5a-6b7c8d9e0f1a","guests":2,"note":null,"refund":{"amount":10.5}}""";

    private static readonly OpenApiContract Contract = OpenApiContract.Parse(Document);

    [Fact]
    public void Check_Should_ReportNothing_When_TheResponseConforms()
    {
        Contract.Check("GET", "/things/abc", 200, "application/json", ValidThing).ShouldBeEmpty();
        Contract.Check("GET", "/things/abc", 404, "application/problem+json", """{"status":404,"code":"Thing.NotFound"}""").ShouldBeEmpty();
        Contract.Check("DELETE", "/things/abc", 204, null, string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Check_Should_ReportTypeAtThePointer_When_AFieldHasTheWrongType()
    {
        var violations = Contract.Check("GET", "/things/abc", 200, "application/json", ValidThing.Replace("\"guests\":2", "\"guests\":\"2\"", StringComparison.Ordinal));

        var violation = violations.ShouldHaveSingleItem();
        violation.Keyword.ShouldBe("type");
        violation.InstanceLocation.ShouldBe("/guests");
        violation.Operation.ShouldBe("GET /things/{id} (getThing)");
        violation.Status.ShouldBe(200);
    }

    [Fact]
    public void Check_Should_ReportRequired_When_ARequiredFieldIsMissing()
    {
        var violations = Contract.Check("GET", "/things/abc", 200, "application/json", """{"id":"0195f3c0-2b3c-7d4e-8f5a-6b7c8d9e0f1a","refund":{"amount":1}}""");

        var violation = violations.ShouldHaveSingleItem();
        violation.Keyword.ShouldBe("required");
        violation.InstanceLocation.ShouldBe(string.Empty);
        violation.Message.ShouldContain("guests");
    }

    [Fact]
    public void Check_Should_ReportTypeThroughTheComponentReference_When_NullIsSentWhereTheSchemaIsNotNullable()
    {
        var violations = Contract.Check("GET", "/things/abc", 200, "application/json", ValidThing.Replace("{\"amount\":10.5}", "null", StringComparison.Ordinal));

        var violation = violations.ShouldHaveSingleItem();
        violation.Keyword.ShouldBe("type");
        violation.InstanceLocation.ShouldBe("/refund");
    }

    [Fact]
    public void Check_Should_ReportFormat_When_AUuidFieldIsNotAUuid()
    {
        var violations = Contract.Check("GET", "/things/abc", 200, "application/json", ValidThing.Replace("0195f3c0-2b3c-7d4e-8f5a-6b7c8d9e0f1a", "not-a-uuid", StringComparison.Ordinal));

        violations.ShouldHaveSingleItem().Keyword.ShouldBe("format");
    }

    [Fact]
    public void Check_Should_ReportAdditionalProperties_When_TheBodyHasAnUndocumentedField()
    {
        var violations = Contract.Check("GET", "/things/abc", 200, "application/json", ValidThing.Replace("{\"id\"", "{\"secret\":1,\"id\"", StringComparison.Ordinal));

        violations.ShouldContain(v => v.Keyword == "additionalProperties" && v.InstanceLocation == "/secret", string.Join("\n", violations));
    }

    [Fact]
    public void Check_Should_ReportStatus_When_TheStatusIsNotDocumented()
    {
        var violation = Contract.Check("GET", "/things/abc", 409, "application/problem+json", """{"status":409,"code":"x"}""").ShouldHaveSingleItem();

        violation.Keyword.ShouldBe("status");
        violation.Message.ShouldContain("409");
    }

    [Fact]
    public void Check_Should_AcceptAStatusRange_When_TheOperationDocumentsOne()
    {
        Contract.Check("DELETE", "/things/abc", 409, null, string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Check_Should_ReportContentType_When_TheMediaTypeIsNotDocumentedForTheStatus()
    {
        var violation = Contract.Check("GET", "/things/abc", 404, "application/json", """{"status":404,"code":"x"}""").ShouldHaveSingleItem();

        violation.Keyword.ShouldBe("content-type");
    }

    [Fact]
    public void Check_Should_ValidateProblemJson_When_AnErrorBodyLacksARequiredField()
    {
        var violation = Contract.Check("GET", "/things/abc", 404, "application/problem+json", """{"status":404}""").ShouldHaveSingleItem();

        violation.Keyword.ShouldBe("required");
    }

    [Fact]
    public void Check_Should_ReportContent_When_ABodyComesWhereNoneIsDocumented()
    {
        Contract.Check("DELETE", "/things/abc", 204, "application/json", "{}").ShouldHaveSingleItem().Keyword.ShouldBe("content");
    }

    [Fact]
    public void Check_Should_PreferTheLiteralPath_When_ATemplateAlsoMatches()
    {
        Contract.Find("GET", "/things/special", out _)!.OperationId.ShouldBe("getSpecial");
        Contract.Check("GET", "/things/special", 200, "application/json", """["a","b"]""").ShouldBeEmpty();
    }

    [Fact]
    public void Check_Should_ReportPath_When_AnUndocumentedPathAnswersOtherThan404Or405()
    {
        Contract.Check("GET", "/nowhere", 404, null, string.Empty).ShouldBeEmpty();
        Contract.Check("PUT", "/things/abc", 405, null, string.Empty).ShouldBeEmpty();

        Contract.Check("GET", "/nowhere", 200, "application/json", "{}").ShouldHaveSingleItem().Keyword.ShouldBe("path");
        Contract.Check("PUT", "/things/abc", 200, "application/json", "{}").ShouldHaveSingleItem().Message.ShouldContain("method");
    }

    [Fact]
    public void Operations_Should_TellWhichNeedAToken()
    {
        Contract.Operations.Single(o => o.OperationId == "deleteThing").RequiresToken.ShouldBeTrue();
        Contract.Operations.Single(o => o.OperationId == "getThing").RequiresToken.ShouldBeFalse();
    }
}
