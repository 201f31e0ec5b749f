-- The gate's resolution floor fell from 224 px to 144 px, what the lesion model reads
-- (QualityThresholds.ANALYSIS_SHORT_SIDE). Photos stored under the old rule lose a RESOLUTION_LOW
-- flag they no longer deserve, so that their banner and the triage panel agree; a photo with any
-- other issue stays not acceptable. The number is that of the day of this change, on purpose.
update photo
set quality_issues = array_to_string(
        array_remove(string_to_array(quality_issues, ','), 'RESOLUTION_LOW'), ','),
    quality_acceptable = array_to_string(
        array_remove(string_to_array(quality_issues, ','), 'RESOLUTION_LOW'), ',') = ''
where 'RESOLUTION_LOW' = any (string_to_array(quality_issues, ','))
  and least(width, height) >= 144;
