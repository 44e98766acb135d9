/* writer.c - group commit: a writer thread commits the queued PUTs and DELETEs
 * together, while their connections wait suspended. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <microhttpd.h>
#include <unistd.h>

#include "server.h"
#include "tidings/error.h"

/* Quiet time after additions before the stories are refined. */
#define REFINE_IDLE_MS 200

static int store_story_id(void *ctx, const sv_story_id *id)
{
	return td_store_set_story(ctx, id->name, id->story);
}

/* Stores the story ids the view gave since the last call, inside the
 * caller's transaction. */
static void store_story_ids(srv *s)
{
	if (sv_take_story_ids(s->view, store_story_id, s->store) < 0)
		fprintf(stderr, "tidings serve: story ids not stored: %s\n", td_store_errmsg(s->store));
}

void srv_save_story_ids(srv *s)
{
	if (td_store_begin(s->store) < 0)
		return;
	store_story_ids(s);
	if (td_store_commit(s->store) < 0)
		fprintf(stderr, "tidings serve: store: %s\n", td_store_errmsg(s->store));
}

/* Applies a batch in queue order inside one transaction, then, once the
 * commit is on disk, updates the live view. The transaction also stores
 * the story ids the view gave since the last one (a restart keeps them).
 * When the commit fails no job of the batch is acknowledged. Called by
 * the writer thread with write_mu. */
static void commit_batch(srv *s, srv_job *batch)
{
	int rc = td_store_begin(s->store);
	if (rc == 0)
		store_story_ids(s);
	for (srv_job *j = batch; j; j = j->next) {
		if (rc < 0) {
			j->rc = rc;
			continue;
		}
		if (j->rec)
			j->rc = td_store_put(s->store, j->rec, &j->created);
		else
			j->rc = td_store_delete(s->store, j->name);
	}
	if (rc == 0 && td_store_commit(s->store) < 0)
		rc = TD_ERR_DB;
	/* Test hook: a slow disk, so that tests can see batches form. */
	static long delay_ms = -1;
	if (delay_ms < 0) {
		const char *d = getenv("TIDINGS_TEST_COMMIT_DELAY_MS");
		delay_ms = d ? atol(d) : 0;
	}
	if (delay_ms > 0)
		usleep((useconds_t)delay_ms * 1000);
	if (rc < 0) {
		fprintf(stderr, "tidings serve: store: %s\n", td_store_errmsg(s->store));
		for (srv_job *j = batch; j; j = j->next)
			j->rc = TD_ERR_DB;
		return;
	}
	for (srv_job *j = batch; j; j = j->next) {
		if (j->rc < 0)
			continue;
		if (j->rec) {
			int vrc = sv_add(s->view, j->article, j->published, j->rec->expires, 0);
			if (vrc < 0)
				fprintf(stderr, "tidings serve: %s: not in the live view: %s\n",
					j->rec->name, td_strerror(vrc));
		} else {
			sv_remove(s->view, j->name);
		}
	}
}

/* The writer thread: takes everything queued, commits it at once, then
 * wakes the suspended connections. */
static void *writer_main(void *arg)
{
	srv *s = arg;
	pthread_mutex_lock(&s->q_mu);
	for (;;) {
		while (!s->q_head && !s->writer_stop) {
			if (!sv_refine_pending(s->view)) {
				pthread_cond_wait(&s->q_cv, &s->q_mu);
				continue;
			}
			/* Idle for REFINE_IDLE_MS after additions: refine the
			 * stories (sv_refine) and store the ids that moved. */
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += REFINE_IDLE_MS * 1000000L;
			ts.tv_sec += ts.tv_nsec / 1000000000L;
			ts.tv_nsec %= 1000000000L;
			if (pthread_cond_timedwait(&s->q_cv, &s->q_mu, &ts) != ETIMEDOUT || s->q_head ||
			    s->writer_stop)
				continue;
			pthread_mutex_unlock(&s->q_mu);
			size_t moved = 0;
			if (sv_refine(s->view, &moved) < 0)
				fprintf(stderr, "tidings serve: refinement stopped: %s\n",
					td_strerror(TD_ERR_NOMEM));
			atomic_fetch_add(&s->m.refinements, 1);
			atomic_fetch_add(&s->m.refine_moved, moved);
			pthread_mutex_lock(&s->write_mu);
			srv_save_story_ids(s);
			pthread_mutex_unlock(&s->write_mu);
			pthread_mutex_lock(&s->q_mu);
		}
		if (!s->q_head)
			break; /* stopped and drained */
		srv_job *batch = s->q_head;
		s->q_head = NULL;
		s->q_tail = &s->q_head;
		pthread_mutex_unlock(&s->q_mu);

		pthread_mutex_lock(&s->write_mu);
		commit_batch(s, batch);
		pthread_mutex_unlock(&s->write_mu);

		/* Counted before any client hears back, so /metrics read after
		 * an acknowledgement includes its write. */
		size_t n = 0;
		for (srv_job *j = batch; j; j = j->next)
			n++;
		pthread_mutex_lock(&s->q_mu);
		s->batches++;
		s->batched += n;
		pthread_mutex_unlock(&s->q_mu);
		for (srv_job *j = batch, *next; j; j = next) {
			/* After the resume the job's memory may be gone. */
			next = j->next;
			struct MHD_Connection *c = j->conn;
			if (c) {
				atomic_store(&j->done, 1);
				MHD_resume_connection(c);
			} else {
				/* The feed poller waits on q_cv in srv_write_wait. */
				pthread_mutex_lock(&s->q_mu);
				atomic_store(&j->done, 1);
				pthread_cond_broadcast(&s->q_cv);
				pthread_mutex_unlock(&s->q_mu);
			}
		}
		pthread_mutex_lock(&s->q_mu);
	}
	pthread_mutex_unlock(&s->q_mu);
	/* The story ids of the last batch. */
	pthread_mutex_lock(&s->write_mu);
	srv_save_story_ids(s);
	pthread_mutex_unlock(&s->write_mu);
	return NULL;
}

int srv_writer_start(srv *s)
{
	pthread_mutex_init(&s->q_mu, NULL);
	pthread_cond_init(&s->q_cv, NULL);
	s->q_head = NULL;
	s->q_tail = &s->q_head;
	s->writer_stop = s->stopping = 0;
	s->outstanding = 0;
	if (pthread_create(&s->writer, NULL, writer_main, s) != 0) {
		pthread_cond_destroy(&s->q_cv);
		pthread_mutex_destroy(&s->q_mu);
		return TD_ERR_NOMEM;
	}
	return 0;
}

void srv_writer_drain(srv *s)
{
	pthread_mutex_lock(&s->q_mu);
	s->stopping = 1;
	while (s->outstanding)
		pthread_cond_wait(&s->q_cv, &s->q_mu);
	pthread_mutex_unlock(&s->q_mu);
}

void srv_writer_stop(srv *s)
{
	pthread_mutex_lock(&s->q_mu);
	s->writer_stop = 1;
	pthread_cond_broadcast(&s->q_cv);
	pthread_mutex_unlock(&s->q_mu);
	pthread_join(s->writer, NULL);
	pthread_cond_destroy(&s->q_cv);
	pthread_mutex_destroy(&s->q_mu);
}

void srv_enqueue(srv *s, srv_job *job)
{
	job->next = NULL;
	pthread_mutex_lock(&s->q_mu);
	if (s->stopping) {
		/* Shutting down: refused, and the connection goes on at once. */
		pthread_mutex_unlock(&s->q_mu);
		job->rc = SRV_STOPPING;
		atomic_store(&job->done, 1);
		if (job->conn)
			MHD_resume_connection(job->conn);
		return;
	}
	*s->q_tail = job;
	s->q_tail = &job->next;
	s->outstanding++;
	job->counted = 1;
	pthread_cond_broadcast(&s->q_cv);
	pthread_mutex_unlock(&s->q_mu);
}

void srv_job_finished(srv *s, srv_job *job)
{
	if (!job->counted)
		return;
	job->counted = 0;
	pthread_mutex_lock(&s->q_mu);
	s->outstanding--;
	pthread_cond_broadcast(&s->q_cv);
	pthread_mutex_unlock(&s->q_mu);
}

int srv_write_wait(srv *s, srv_job *job)
{
	job->conn = NULL;
	srv_enqueue(s, job);
	pthread_mutex_lock(&s->q_mu);
	while (!atomic_load(&job->done))
		pthread_cond_wait(&s->q_cv, &s->q_mu);
	pthread_mutex_unlock(&s->q_mu);
	srv_job_finished(s, job);
	return job->rc;
}
