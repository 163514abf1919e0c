package org.sipqm.core.redaction;

/** Who a document or extract is for, which decides whether restricted material stays in it. */
public enum Audience {
	/** The co-ordinator and the regional team: everything, restricted material included. */
	INTERNAL,
	/** Stakeholders the outcomes are shared with: nothing that concerns an individual's performance. */
	SHARED
}
