import type { CorpusText } from './types.js';

export default {
  source: "https://www.areadevelopment.com/annualreports/june09/investment-projects-2008-amazon-volkswagen.shtml",
  genre: 'news',
  language: 'en',
  text: "Volkswagen Group of America's $1 billion automotive production facility in Chattanooga will create 2,000 good-paying jobs and generate more than $12 billion of economic growth in related sectors. The plant will start producing a midsize sedan designed specifically for the North American consumer in 2011.\nAmazon.com will hire about 1,100 workers over the next three years at its new distribution center in Hazleton. The $20 million facility will occupy more than 600,000 square feet in the Humboldt Industrial Park.\nPennsylvania offered Amazon.com a $1.25 million opportunity grant and $500,000 in job training programs.\nSpirit AeroSystems is building a $570 million plant in Kinston to manufacture components for the Airbus 350 XWB, an extra-wide passenger jet. The company expects to employ about 1,000 people over the next five to seven years.",
  figures: [
    ['$1 billion', 1000000000, 'USD', 'eq', 'level', ['automotive production facility', 'facility']],
    ['2,000 good-paying jobs', 2000, 'jobs', 'eq', 'level', ['good-paying jobs', 'jobs', 'create']],
    ['$12 billion', 12000000000, 'USD', 'gt', 'level', ['economic growth', 'generate']],
    ['1,100 workers', 1100, 'workers', 'approx', 'level', ['workers', 'hire']],
    ['$20 million', 20000000, 'USD', 'eq', 'level', 'facility'],
    ['600,000 square feet', 600000, 'square feet', 'gt', 'level', ['facility', 'occupy']],
    ['$1.25 million', 1250000, 'USD', 'eq', 'level', 'opportunity grant'],
    ['$500,000', 500000, 'USD', 'eq', 'level', 'job training programs'],
    ['$570 million', 570000000, 'USD', 'eq', 'level', 'plant'],
    ['1,000 people', 1000, 'people', 'approx', 'level', ['people', 'employ']],
  ],
} satisfies CorpusText;
