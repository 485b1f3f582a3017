package org.proud2bops.members.administration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One data row of a member import as written in the file, checked field by field before anything is written. */
public record ImportedRow(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String jobTitle,
        String roleLevel,

        @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9]+", message = "must be an ODS code: letters and digits")
        String organisationOdsCode,

        @Size(min = 2, max = 200) String proposedOrganisation,
        String region,

        @Pattern(regexp = "(?i)true|false|yes|no", message = "must be true or false")
        String directoryVisible) {

    /** The columns a file may have; the first three are required. */
    public static final List<String> COLUMNS = List.of(
            "givenName",
            "familyName",
            "email",
            "jobTitle",
            "roleLevel",
            "organisationOdsCode",
            "proposedOrganisation",
            "region",
            "directoryVisible");
}
