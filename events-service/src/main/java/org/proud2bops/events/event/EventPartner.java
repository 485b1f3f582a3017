package org.proud2bops.events.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation an event is held with, e.g. another leadership body running a joint session. */
@Schema(
        name = "EventPartner",
        requiredProperties = {"name"},
        examples = "{\"name\":\"NHS Confederation\",\"url\":\"https://www.nhsconfed.org\"}",
        description = "A partner organisation shown on the event")
public record EventPartner(
        @NotBlank @Size(max = 200) String name,

        @Size(max = 500)
        @Pattern(regexp = "https://\\S+", message = "must be an https URL")
        @Schema(description = "The partner's web page (https)")
        String url,

        @Size(max = 10)
        @Pattern(regexp = "[A-Z0-9]{3,10}", message = "must be an ODS code: capital letters and digits")
        @Schema(description = "The partner's NHS ODS code, e.g. RAL for a trust")
        String odsCode) {

    /** The most partners one event names. */
    public static final int MAX_PARTNERS = 10;
}
