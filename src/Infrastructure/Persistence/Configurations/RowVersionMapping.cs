using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AirbnbClone.Infrastructure.Persistence.Configurations;

/// <summary>
/// An aggregate's <c>Version</c> is PostgreSQL's <c>xmin</c> system column: every INSERT or UPDATE of the row changes
/// it, EF reads it back in the same statement (RETURNING) and never writes it. It is not a concurrency token: commands
/// that honour <c>If-Match</c> compare it under the row lock they already take (docs/adr/0013-http-conventions.md).
/// </summary>
internal static class RowVersionMapping
{
    public const string Column = "xmin";

    public static void MapToRowVersion(this PropertyBuilder<uint> property)
    {
        property.HasColumnName(Column).HasColumnType("xid").ValueGeneratedOnAddOrUpdate();
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
