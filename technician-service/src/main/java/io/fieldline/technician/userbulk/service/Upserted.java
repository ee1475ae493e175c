package io.fieldline.technician.userbulk.service;

import io.fieldline.technician.user.User;
import io.fieldline.technician.userbulk.WorkspaceUser;

/** A user as a users bulk API write left it, and whether the write created it. */
public record Upserted(User user, WorkspaceUser workspaceUser, boolean created) {
}
