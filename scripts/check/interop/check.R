# Reads every CSV table of the data package with readr, with the types datapackage.json
# declares, and checks keys, references and a few known values. Exit status 1 on the first problem.
# Usage: Rscript check.R <datasets folder>
args <- commandArgs(trailingOnly = TRUE)
dir <- args[[1]]
suppressPackageStartupMessages({
  library(readr)
  library(jsonlite)
})
fail <- function(...) {
  message("FAIL (R): ", ...)
  quit(status = 1)
}
pkg <- fromJSON(file.path(dir, "datapackage.json"), simplifyVector = FALSE)
readr_type <- list(
  string = col_character(), integer = col_integer(), number = col_double(),
  boolean = col_logical(), date = col_date()
)
tables <- list()
rows <- 0
for (r in pkg$resources) {
  if (r$format != "csv") next
  fields <- r$schema$fields
  names <- vapply(fields, function(f) f$name, "")
  spec <- do.call(cols, setNames(lapply(fields, function(f) readr_type[[f$type]]), names))
  # Only an empty cell is missing: Namibia's "NA" stays text.
  df <- read_csv(file.path(dir, r$path), col_types = spec, na = "", trim_ws = FALSE, progress = FALSE)
  p <- problems(df)
  if (nrow(p) > 0) fail(r$name, ": ", nrow(p), " cells do not read as their declared type; first: row ", p$row[1], ", column ", p$col[1], ", value ", p$actual[1])
  if (!identical(colnames(df), names)) fail(r$name, ": columns differ from the declared fields")
  for (f in fields) {
    values <- df[[f$name]]
    if (isTRUE(f$constraints$required) && anyNA(values)) fail(r$name, ".", f$name, " is required but has empty cells")
    allowed <- unlist(f$constraints$enum)
    if (!is.null(allowed)) {
      bad <- setdiff(unique(values[!is.na(values)]), allowed)
      if (length(bad) > 0) fail(r$name, ".", f$name, ": value not allowed: ", bad[[1]])
    }
  }
  key <- unlist(r$schema$primaryKey)
  if (anyDuplicated(df[key]) > 0) fail(r$name, ": primary key ", paste(key, collapse = "+"), " repeats")
  tables[[r$name]] <- df
  rows <- rows + nrow(df)
}
key_text <- function(df) do.call(paste, c(unname(as.list(df)), sep = "\r"))
for (r in pkg$resources) {
  if (r$format != "csv") next
  for (fk in r$schema$foreignKeys) {
    from <- tables[[r$name]][unlist(fk$fields)]
    from <- from[stats::complete.cases(from), , drop = FALSE]
    to <- tables[[fk$reference$resource]][unlist(fk$reference$fields)]
    missing <- setdiff(key_text(from), key_text(to))
    if (length(missing) > 0) fail(r$name, " ", paste(unlist(fk$fields), collapse = "+"), " -> ", fk$reference$resource, ": ", gsub("\r", "+", missing[[1]]), " does not resolve")
  }
}
trade <- tables[["trade-flows"]]
korea_mexico_2008 <- trade$value_usd[trade$reporter == "KOR" & trade$partner == "MEX" & trade$year == 2008L & trade$flow == "export" & trade$source == "kosis-kcs-trade"]
if (!identical(korea_mexico_2008, 9089949000)) fail("Korea's 2008 exports to Mexico (KOSIS) read as ", korea_mexico_2008)
if (!is.logical(trade$preferred)) fail("trade-flows.preferred is not logical")
countries <- tables[["countries"]]
if (!identical(countries$numeric[countries$code == "ARG"], "032")) fail("Argentina's numeric code lost its leading zero")
if (!identical(countries$alpha2[countries$code == "NAM"], "NA")) fail("Namibia's alpha-2 code NA read as missing")
agreements <- tables[["agreements"]]
status_as_of <- agreements$status_as_of[agreements$id == "kor-chl-fta"]
if (!inherits(status_as_of, "Date") || length(status_as_of) != 1 || status_as_of != as.Date("2025-12-15")) fail("status_as_of is not the date 2025-12-15")
cat(sprintf("R %s.%s, readr %s, jsonlite %s: %d tables, %d rows read with declared types; keys, references and values check\n",
  R.version$major, R.version$minor, packageVersion("readr"), packageVersion("jsonlite"), length(tables), rows))
