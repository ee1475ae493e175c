package io.fieldline.job.datafile.mapping;

import io.fieldline.events.DatafileEvent;
import io.fieldline.job.datafile.Datafile;
import io.fieldline.job.datafile.rest.DatafileView;

/** Maps a datafile to what the API shows and to what its events carry. */
public final class DatafileMapper {

    private DatafileMapper() {
    }

    public static DatafileView toView(Datafile datafile) {
        return new DatafileView(null, datafile.createdAt(), datafile.filename(), datafile.mimeType(), "",
                datafile.uid());
    }

    public static DatafileEvent toEvent(Datafile datafile) {
        return new DatafileEvent(datafile.uid(), datafile.accountId(), datafile.filename(), datafile.mimeType(),
                datafile.size(), datafile.createdAt());
    }
}
