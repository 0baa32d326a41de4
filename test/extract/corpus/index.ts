/** Every labelled text of the corpus (see README.md for the labelling rules). */
import type { CorpusText } from './types.js';
import nbs2016q3 from './nbs-2016q3.js';
import nbs2016h1 from './nbs-2016h1.js';
import dezhouQ1 from './dezhou-q1.js';
import nbsGrain2019 from './nbs-grain-2019.js';
import regionInvestment from './region-investment.js';
import gwr2024Targets from './gwr-2024-targets.js';
import gwr2024Fiscal from './gwr-2024-fiscal.js';
import gwr2025Points from './gwr-2025-points.js';
import gwr2024Review from './gwr-2024-review.js';
import gwr2023Targets from './gwr-2023-targets.js';
import cityProjects444 from './city-projects-444.js';
import jiaozuoProjects2011 from './jiaozuo-projects-2011.js';
import countyProjects2020 from './county-projects-2020.js';
import zhonglouProjects2021 from './zhonglou-projects-2021.js';
import changchunSoe2016 from './changchun-soe-2016.js';
import cityProjectsQ42022 from './city-projects-q4-2022.js';
import anqingProjects2018 from './anqing-projects-2018.js';
import wulongInvestment2019 from './wulong-investment-2019.js';
import xinhuaGdp2017 from './xinhua-gdp-2017.js';
import xinhuaGdp2008h1 from './xinhua-gdp-2008h1.js';
import forextvExports from './forextv-exports.js';
import reutersExports2020 from './reuters-exports-2020.js';
import reutersExports2021 from './reuters-exports-2021.js';
import usJobs2012 from './us-jobs-2012.js';
import usJobs2005 from './us-jobs-2005.js';
import geTransportation2011 from './ge-transportation-2011.js';
import projects2008 from './projects-2008.js';
import facebookAltoona from './facebook-altoona.js';
import heldCity20207m from './held-city-2020-7m.js';
import heldXinhua201810 from './held-xinhua-2018-10.js';
import heldMarketwatch201604 from './held-marketwatch-2016-04.js';
import newstatesmanChina2012 from './newstatesman-china-2012.js';
import freshXinhuaQ12016 from './fresh-xinhua-q1-2016.js';
import freshChinadailyQ32021 from './fresh-chinadaily-q3-2021.js';
import freshChinaQ22025 from './fresh-china-q2-2025.js';
import freshMicrosoftResults from './fresh-microsoft-results.js';
import freshPoliticoJobs2018 from './fresh-politico-jobs-2018.js';
import freshXinhuaGdp2016 from './fresh-xinhua-gdp-2016.js';
import freshYunheBulletin2022 from './fresh-yunhe-bulletin-2022.js';
import freshYuhuanBulletin2019 from './fresh-yuhuan-bulletin-2019.js';
import freshGwr2022 from './fresh-gwr-2022.js';
import freshGanziProjects2020 from './fresh-ganzi-projects-2020.js';
import freshCityProjectsQ12021 from './fresh-city-projects-q1-2021.js';
import freshCountyBulletin2015 from './fresh-county-bulletin-2015.js';

export const CORPUS: ReadonlyArray<readonly [string, CorpusText]> = [
  ['nbs-2016q3', nbs2016q3],
  ['nbs-2016h1', nbs2016h1],
  ['dezhou-q1', dezhouQ1],
  ['nbs-grain-2019', nbsGrain2019],
  ['region-investment', regionInvestment],
  ['gwr-2024-targets', gwr2024Targets],
  ['gwr-2024-fiscal', gwr2024Fiscal],
  ['gwr-2025-points', gwr2025Points],
  ['gwr-2024-review', gwr2024Review],
  ['gwr-2023-targets', gwr2023Targets],
  ['city-projects-444', cityProjects444],
  ['jiaozuo-projects-2011', jiaozuoProjects2011],
  ['county-projects-2020', countyProjects2020],
  ['zhonglou-projects-2021', zhonglouProjects2021],
  ['changchun-soe-2016', changchunSoe2016],
  ['city-projects-q4-2022', cityProjectsQ42022],
  ['anqing-projects-2018', anqingProjects2018],
  ['wulong-investment-2019', wulongInvestment2019],
  ['xinhua-gdp-2017', xinhuaGdp2017],
  ['xinhua-gdp-2008h1', xinhuaGdp2008h1],
  ['forextv-exports', forextvExports],
  ['reuters-exports-2020', reutersExports2020],
  ['reuters-exports-2021', reutersExports2021],
  ['us-jobs-2012', usJobs2012],
  ['us-jobs-2005', usJobs2005],
  ['ge-transportation-2011', geTransportation2011],
  ['projects-2008', projects2008],
  ['facebook-altoona', facebookAltoona],
  ['held-city-2020-7m', heldCity20207m],
  ['held-xinhua-2018-10', heldXinhua201810],
  ['held-marketwatch-2016-04', heldMarketwatch201604],
  ['newstatesman-china-2012', newstatesmanChina2012],
  ['fresh-xinhua-q1-2016', freshXinhuaQ12016],
  ['fresh-chinadaily-q3-2021', freshChinadailyQ32021],
  ['fresh-china-q2-2025', freshChinaQ22025],
  ['fresh-microsoft-results', freshMicrosoftResults],
  ['fresh-politico-jobs-2018', freshPoliticoJobs2018],
  ['fresh-xinhua-gdp-2016', freshXinhuaGdp2016],
  ['fresh-yunhe-bulletin-2022', freshYunheBulletin2022],
  ['fresh-yuhuan-bulletin-2019', freshYuhuanBulletin2019],
  ['fresh-gwr-2022', freshGwr2022],
  ['fresh-ganzi-projects-2020', freshGanziProjects2020],
  ['fresh-city-projects-q1-2021', freshCityProjectsQ12021],
  ['fresh-county-bulletin-2015', freshCountyBulletin2015],
];
