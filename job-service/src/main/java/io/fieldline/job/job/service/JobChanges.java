package io.fieldline.job.job.service;

import io.fieldline.events.EventType;
import io.fieldline.events.JobEvent;
import io.fieldline.job.job.Job;
import io.fieldline.job.job.mapping.JobMapper;
import io.fieldline.job.job.repository.JobRepository;
import io.fieldline.job.sql.SqlTimes;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a job and its event in the caller's transaction: what the jobs' own rules and the appointments that schedule
 * a job both do.
 */
@ApplicationScoped
public class JobChanges {

    private final JobRepository jobs;
    private final Outbox outbox;

    public JobChanges(JobRepository jobs, Outbox outbox) {
        this.jobs = jobs;
        this.outbox = outbox;
    }

    /** Writes a new job and its {@code created} event. */
    public Uni<Job> create(SqlConnection transaction, Job job) {
        return jobs.insert(transaction, job).call(created -> record(transaction, created, JobEvent.CREATED));
    }

    /** Writes a changed job, its version grown, and its event of {@code type}. */
    public Uni<Job> save(SqlConnection transaction, Job job, EventType<JobEvent> type) {
        job.version++;
        job.updatedAt = SqlTimes.now();
        return jobs.update(transaction, job).call(saved -> record(transaction, saved, type));
    }

    private Uni<Void> record(SqlConnection transaction, Job job, EventType<JobEvent> type) {
        return outbox.record(transaction, new ChangeEvent<>(type, String.valueOf(job.id), job.accountId,
                JobMapper.toEvent(job)));
    }
}
