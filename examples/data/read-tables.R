# Read any table of korea-latam's data package in R, with the column types it declares.
library(readr)
library(jsonlite)

data_dir <- "node_modules/korea-latam/datasets"

read_table <- function(name) {
  package <- fromJSON(file.path(data_dir, "datapackage.json"), simplifyVector = FALSE)
  resource <- Filter(function(r) identical(r$name, name), package$resources)[[1]]
  letters <- c(string = "c", integer = "i", number = "d", boolean = "l", date = "D")
  types <- paste(letters[vapply(resource$schema$fields, function(f) f$type, "")], collapse = "")
  # Only an empty cell is missing, so Namibia's code "NA" stays text.
  read_csv(file.path(data_dir, resource$path), col_types = types, na = "", trim_ws = FALSE, progress = FALSE)
}

trade <- read_table("trade-flows")
mexico <- subset(trade, reporter == "KOR" & partner == "MEX" & flow == "export" & preferred & year == 2008)
cat(sprintf("Korea's exports to Mexico in 2008: %.0f US$ (%s)\n", mexico$value_usd, mexico$source))

countries <- read_table("countries")
cat("Namibia:", countries$alpha2[countries$code == "NAM"], "| Argentina:", countries$numeric[countries$code == "ARG"], "\n")
