package org.proud2bops.events.registration;

/** A registration as the caller who asked for it may see it. */
public record SeenRegistration(Registration registration, AttendeeView view) {}
