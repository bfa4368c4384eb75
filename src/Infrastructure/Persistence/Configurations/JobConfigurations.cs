using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AirbnbClone.Infrastructure.Persistence.Configurations;

/// <summary>
/// The jobs row, mapped so the model describes the whole schema (the schema test compares them). The queue itself
/// works in SQL (Jobs/JobStore.cs): claims and leases are statements EF cannot express.
/// </summary>
internal sealed class JobRecord
{
    public Guid Id { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string Payload { get; private set; } = "{}";

    public string State { get; private set; } = string.Empty;

    public int Attempts { get; private set; }

    public int MaxAttempts { get; private set; }

    public DateTimeOffset RunAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public string? LockedBy { get; private set; }

    public string? LastError { get; private set; }

    public string? DedupKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }
}

/// <summary>An e-mail the application sent (or wrote to the log): the outbox and its record.</summary>
internal sealed class EmailRecord
{
    public Guid Id { get; private set; }

    public Guid? JobId { get; private set; }

    public string ToAddress { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public string Transport { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }
}

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> builder)
    {
        builder.ToTable("jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Type).HasMaxLength(200);
        builder.Property(j => j.Payload).HasColumnType("jsonb");
        builder.Property(j => j.State).HasMaxLength(16);
        builder.Property(j => j.LockedBy).HasMaxLength(200);
        builder.Property(j => j.DedupKey).HasMaxLength(200);
    }
}

internal sealed class EmailRecordConfiguration : IEntityTypeConfiguration<EmailRecord>
{
    public void Configure(EntityTypeBuilder<EmailRecord> builder)
    {
        builder.ToTable("emails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ToAddress).HasMaxLength(254);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.Transport).HasMaxLength(16);
    }
}
