package org.proud2bops.events.registration;

/** Whether an attendee list shows the places given back too. */
public enum CancelledRegistrations {
    LEFT_OUT,
    INCLUDED
}
