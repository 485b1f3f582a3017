package org.proud2bops.content.item;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentSeries",
        requiredProperties = {"name", "part", "of"},
        description = "The series an item belongs to and its place in it: part 1 of 3")
public record Series(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(100) Integer part,
        @NotNull @Min(1) @Max(100) Integer of) {}
