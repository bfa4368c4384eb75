using AirbnbClone.Application.Abstractions.Mail;
using Npgsql;

namespace AirbnbClone.Infrastructure.Mail;

/// <summary>The <c>emails</c> table: one row per message, at most one per job (a re-run job does not repeat it).</summary>
internal sealed class EmailOutbox(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private const string InsertSql = """
        INSERT INTO emails (id, job_id, to_address, subject, body, transport, created_at, sent_at)
        VALUES (@id, @job_id, @to, @subject, @body, @transport, @now, @now)
        ON CONFLICT (job_id) WHERE job_id IS NOT NULL DO NOTHING
        """;

    /// <summary>Records a message; answers false when this job's message was recorded before.</summary>
    public async Task<bool> RecordAsync(EmailMessage message, Guid? jobId, string transport, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", Guid.CreateVersion7(now)));
        command.Parameters.Add(new NpgsqlParameter("job_id", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)jobId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string>("to", message.To));
        command.Parameters.Add(new NpgsqlParameter<string>("subject", message.Subject));
        command.Parameters.Add(new NpgsqlParameter<string>("body", message.Body));
        command.Parameters.Add(new NpgsqlParameter<string>("transport", transport));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> WasSentAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM emails WHERE job_id = @job_id)");
        command.Parameters.Add(new NpgsqlParameter<Guid>("job_id", jobId));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
