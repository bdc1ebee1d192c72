// SPDX-License-Identifier: GPL-3.0-or-later
// Prints every city of Syria and Iraq that Debian's libgeonames0 holds (GeoNames cities15000,
// CC BY 4.0) as tab-separated lines: geonameid-less index, English name, state, country code,
// latitude, longitude, population. make-gazetteer.py adds the Arabic names and writes the TSV.
#include <geonames/geonames.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    setlocale(LC_ALL, ""); // names in the language of LANGUAGE / LC_MESSAGES
    const gint n = geonames_get_n_cities();
    for (gint i = 0; i < n; ++i) {
        GeonamesCity *city = geonames_get_city(i);
        if (!city)
            continue;
        const gchar *code = geonames_city_get_country_code(city);
        if (code && (strcmp(code, "SY") == 0 || strcmp(code, "IQ") == 0))
            printf("%s\t%s\t%s\t%.5f\t%.5f\t%u\n", geonames_city_get_name(city), geonames_city_get_state(city), code,
                   geonames_city_get_latitude(city), geonames_city_get_longitude(city),
                   geonames_city_get_population(city));
        geonames_city_free(city);
    }
    return 0;
}
